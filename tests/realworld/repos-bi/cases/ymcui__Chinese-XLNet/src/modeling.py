stub: upstream file of 28460 bytes
