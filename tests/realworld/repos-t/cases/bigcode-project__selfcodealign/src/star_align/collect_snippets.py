stub: upstream file of 21536 bytes
