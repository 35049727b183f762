stub: upstream file of 21364 bytes
