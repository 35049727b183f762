stub: upstream file of 24034 bytes
