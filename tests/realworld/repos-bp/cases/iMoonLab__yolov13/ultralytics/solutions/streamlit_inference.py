stub: upstream file of 9438 bytes
