stub: upstream file of 49682 bytes
