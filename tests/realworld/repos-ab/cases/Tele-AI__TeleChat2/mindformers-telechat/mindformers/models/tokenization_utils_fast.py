stub: upstream file of 43396 bytes
