stub: upstream file of 34356 bytes
