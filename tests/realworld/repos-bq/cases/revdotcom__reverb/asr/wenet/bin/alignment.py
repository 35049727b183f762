stub: upstream file of 9810 bytes
