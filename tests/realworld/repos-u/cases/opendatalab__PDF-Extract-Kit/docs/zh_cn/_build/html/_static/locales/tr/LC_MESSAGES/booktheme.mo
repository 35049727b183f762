stub: upstream file of 1373 bytes
