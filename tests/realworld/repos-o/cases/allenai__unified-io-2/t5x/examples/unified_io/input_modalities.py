stub: upstream file of 32730 bytes
