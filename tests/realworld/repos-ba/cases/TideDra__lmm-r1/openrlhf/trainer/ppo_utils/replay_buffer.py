stub: upstream file of 8510 bytes
