stub: upstream file of 14591 bytes
