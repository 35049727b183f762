stub: upstream file of 41364 bytes
