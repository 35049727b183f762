stub: upstream file of 71778 bytes
