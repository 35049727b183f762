stub: upstream file of 35870 bytes
