stub: upstream file of 22070 bytes
