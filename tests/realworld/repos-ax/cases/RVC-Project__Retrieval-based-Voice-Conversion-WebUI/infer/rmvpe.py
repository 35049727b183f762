stub: upstream file of 24108 bytes
