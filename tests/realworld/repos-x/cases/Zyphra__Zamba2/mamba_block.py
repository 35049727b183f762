stub: upstream file of 24730 bytes
