stub: upstream file of 35598 bytes
