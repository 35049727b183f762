stub: upstream file of 7665 bytes
