stub: upstream file of 2713 bytes
