stub: upstream file of 26870 bytes
