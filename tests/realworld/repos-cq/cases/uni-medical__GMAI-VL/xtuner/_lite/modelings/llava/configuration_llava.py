stub: upstream file of 7601 bytes
