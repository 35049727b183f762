stub: upstream file of 45300 bytes
