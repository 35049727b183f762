stub: upstream file of 8689 bytes
