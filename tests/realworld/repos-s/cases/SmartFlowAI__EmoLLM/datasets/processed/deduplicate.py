stub: upstream file of 12477 bytes
