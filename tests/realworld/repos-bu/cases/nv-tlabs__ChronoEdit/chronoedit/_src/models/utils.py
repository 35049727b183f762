stub: upstream file of 21355 bytes
