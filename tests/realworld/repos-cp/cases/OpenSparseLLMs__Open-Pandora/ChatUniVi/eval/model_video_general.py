stub: upstream file of 8464 bytes
