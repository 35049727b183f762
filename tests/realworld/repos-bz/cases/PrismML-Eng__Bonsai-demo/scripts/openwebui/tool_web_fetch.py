stub: upstream file of 14576 bytes
