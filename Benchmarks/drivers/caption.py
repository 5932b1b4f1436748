"""The caption every program under test receives, typed one character at a time."""

# About 200 characters with accents, a dash and emoji (single code points each, so one
# character is one keystroke for every program).
CAPTION = (
    "Promoção de verão: café, pão de queijo e açaí com 20% de desconto até sábado! 🎉 "
    "Venha à nossa loja na Rua São João, 123 — atendimento das 8h às 18h. "
    "Traga um amigo e ganhe um brinde surpresa 🚀😀 Obrigado! ☕"
)
