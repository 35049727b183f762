stub: upstream file of 4663 bytes
