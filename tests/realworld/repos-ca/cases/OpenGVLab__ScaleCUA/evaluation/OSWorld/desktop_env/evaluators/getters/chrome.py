stub: upstream file of 67449 bytes
