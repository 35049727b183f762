stub: upstream file of 5749 bytes
