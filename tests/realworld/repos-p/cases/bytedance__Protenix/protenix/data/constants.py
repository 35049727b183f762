stub: upstream file of 44150 bytes
