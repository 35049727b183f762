stub: upstream file of 9718 bytes
