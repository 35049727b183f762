stub: upstream file of 3370 bytes
