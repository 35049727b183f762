stub: upstream file of 44870 bytes
