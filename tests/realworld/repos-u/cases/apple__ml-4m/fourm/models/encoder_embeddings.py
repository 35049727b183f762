stub: upstream file of 18823 bytes
