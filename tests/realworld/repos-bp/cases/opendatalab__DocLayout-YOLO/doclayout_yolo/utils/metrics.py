stub: upstream file of 53474 bytes
