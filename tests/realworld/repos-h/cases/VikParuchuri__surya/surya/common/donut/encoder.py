stub: upstream file of 36537 bytes
