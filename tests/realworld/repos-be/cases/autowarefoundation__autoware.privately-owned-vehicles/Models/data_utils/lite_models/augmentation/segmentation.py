stub: upstream file of 5202 bytes
