stub: upstream file of 29617 bytes
