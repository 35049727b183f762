stub: upstream file of 8241 bytes
