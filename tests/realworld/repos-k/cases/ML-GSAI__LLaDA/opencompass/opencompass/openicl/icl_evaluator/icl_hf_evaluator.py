stub: upstream file of 12591 bytes
