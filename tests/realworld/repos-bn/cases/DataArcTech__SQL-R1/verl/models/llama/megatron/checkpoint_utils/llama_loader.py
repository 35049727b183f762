stub: upstream file of 19665 bytes
