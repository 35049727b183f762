stub: upstream file of 7880 bytes
