stub: upstream file of 8707 bytes
