stub: upstream file of 14552 bytes
