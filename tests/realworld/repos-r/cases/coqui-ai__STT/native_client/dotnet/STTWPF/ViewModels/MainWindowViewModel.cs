stub: upstream file of 14549 bytes
