stub: upstream file of 18472 bytes
