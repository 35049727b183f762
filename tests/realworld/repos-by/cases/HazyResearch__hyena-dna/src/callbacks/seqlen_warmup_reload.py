stub: upstream file of 6760 bytes
