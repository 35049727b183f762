stub: upstream file of 740 bytes
