stub: upstream file of 27971 bytes
