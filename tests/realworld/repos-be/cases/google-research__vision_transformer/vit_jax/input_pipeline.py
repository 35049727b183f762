stub: upstream file of 8870 bytes
