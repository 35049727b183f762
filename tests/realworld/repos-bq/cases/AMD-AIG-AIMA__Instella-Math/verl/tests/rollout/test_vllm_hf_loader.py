stub: upstream file of 5861 bytes
