stub: upstream file of 10121 bytes
