stub: upstream file of 24723 bytes
