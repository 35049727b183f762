stub: upstream file of 14459 bytes
