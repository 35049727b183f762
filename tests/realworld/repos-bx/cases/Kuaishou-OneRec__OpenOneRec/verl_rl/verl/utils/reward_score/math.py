stub: upstream file of 6707 bytes
