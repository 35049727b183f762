stub: upstream file of 37870 bytes
