stub: upstream file of 14363 bytes
