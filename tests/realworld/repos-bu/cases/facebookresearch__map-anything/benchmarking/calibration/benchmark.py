stub: upstream file of 10641 bytes
