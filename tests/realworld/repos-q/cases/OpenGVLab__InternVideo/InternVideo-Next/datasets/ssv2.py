stub: upstream file of 27584 bytes
