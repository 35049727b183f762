stub: upstream file of 9709 bytes
