stub: upstream file of 10435 bytes
