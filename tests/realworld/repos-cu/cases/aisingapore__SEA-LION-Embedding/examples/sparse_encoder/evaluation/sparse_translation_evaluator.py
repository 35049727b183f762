stub: upstream file of 1300 bytes
