stub: upstream file of 44594 bytes
