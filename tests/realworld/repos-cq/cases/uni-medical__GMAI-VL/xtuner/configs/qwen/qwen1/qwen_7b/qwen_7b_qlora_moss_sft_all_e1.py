stub: upstream file of 7628 bytes
