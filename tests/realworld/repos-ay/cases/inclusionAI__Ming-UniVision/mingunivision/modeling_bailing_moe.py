stub: upstream file of 96730 bytes
