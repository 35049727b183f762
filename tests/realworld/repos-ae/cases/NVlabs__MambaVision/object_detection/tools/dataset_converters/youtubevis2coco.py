stub: upstream file of 5592 bytes
