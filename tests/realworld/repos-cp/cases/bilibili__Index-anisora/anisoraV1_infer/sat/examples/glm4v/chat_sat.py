stub: upstream file of 3665 bytes
