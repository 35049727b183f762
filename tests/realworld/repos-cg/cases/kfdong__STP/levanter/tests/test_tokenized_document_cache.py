stub: upstream file of 7139 bytes
