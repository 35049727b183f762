stub: upstream file of 12730 bytes
