stub: upstream file of 16904 bytes
