stub: upstream file of 18273 bytes
