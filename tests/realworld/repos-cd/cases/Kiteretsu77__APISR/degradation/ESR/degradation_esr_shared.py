stub: upstream file of 5830 bytes
