stub: upstream file of 5300 bytes
