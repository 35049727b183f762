stub: upstream file of 3599 bytes
