stub: upstream file of 67454 bytes
