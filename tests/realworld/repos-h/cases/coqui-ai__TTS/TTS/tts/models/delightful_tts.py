stub: upstream file of 70162 bytes
