stub: upstream file of 27469 bytes
