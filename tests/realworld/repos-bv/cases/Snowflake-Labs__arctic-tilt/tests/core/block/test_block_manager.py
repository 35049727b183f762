stub: upstream file of 19810 bytes
