stub: upstream file of 3416 bytes
