stub: upstream file of 20510 bytes
