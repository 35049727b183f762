stub: upstream file of 9572 bytes
