stub: upstream file of 23665 bytes
