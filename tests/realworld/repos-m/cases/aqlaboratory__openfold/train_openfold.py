stub: upstream file of 25396 bytes
