stub: upstream file of 39549 bytes
