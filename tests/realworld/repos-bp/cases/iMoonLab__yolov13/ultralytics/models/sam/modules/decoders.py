stub: upstream file of 25858 bytes
