stub: upstream file of 1454 bytes
