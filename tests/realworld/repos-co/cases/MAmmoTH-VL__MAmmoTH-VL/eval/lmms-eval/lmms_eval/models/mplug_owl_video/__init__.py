stub: upstream file of 2508 bytes
