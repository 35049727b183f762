stub: upstream file of 53491 bytes
