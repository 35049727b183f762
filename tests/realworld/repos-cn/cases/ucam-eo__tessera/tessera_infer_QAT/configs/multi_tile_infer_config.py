stub: upstream file of 537 bytes
