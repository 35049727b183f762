stub: upstream file of 8657 bytes
