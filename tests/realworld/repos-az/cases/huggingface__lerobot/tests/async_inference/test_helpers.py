stub: upstream file of 16760 bytes
