stub: upstream file of 19625 bytes
