stub: upstream file of 28549 bytes
