stub: upstream file of 6592 bytes
