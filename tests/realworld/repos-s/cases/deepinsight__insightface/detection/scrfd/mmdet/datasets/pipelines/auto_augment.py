stub: upstream file of 36390 bytes
