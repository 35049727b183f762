stub: upstream file of 16707 bytes
