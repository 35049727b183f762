stub: upstream file of 44610 bytes
