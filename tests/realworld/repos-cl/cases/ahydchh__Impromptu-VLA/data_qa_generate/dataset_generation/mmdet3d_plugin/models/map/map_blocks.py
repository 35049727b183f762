stub: upstream file of 6594 bytes
