stub: upstream file of 20749 bytes
