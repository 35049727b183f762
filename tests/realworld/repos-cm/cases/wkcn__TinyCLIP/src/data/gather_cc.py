stub: upstream file of 2642 bytes
