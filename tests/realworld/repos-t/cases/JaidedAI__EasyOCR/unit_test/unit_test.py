stub: upstream file of 10576 bytes
