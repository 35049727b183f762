stub: upstream file of 12931 bytes
