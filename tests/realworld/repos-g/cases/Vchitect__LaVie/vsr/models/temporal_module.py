stub: upstream file of 27470 bytes
