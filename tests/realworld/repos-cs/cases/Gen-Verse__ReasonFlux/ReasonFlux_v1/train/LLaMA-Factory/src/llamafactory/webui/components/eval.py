stub: upstream file of 3460 bytes
