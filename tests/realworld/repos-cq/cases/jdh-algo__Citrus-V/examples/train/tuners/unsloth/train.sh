stub: upstream file of 508 bytes
