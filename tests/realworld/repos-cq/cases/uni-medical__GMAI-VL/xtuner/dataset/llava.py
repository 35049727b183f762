stub: upstream file of 4529 bytes
