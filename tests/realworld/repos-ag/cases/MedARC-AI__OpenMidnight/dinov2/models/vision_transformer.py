stub: upstream file of 14842 bytes
