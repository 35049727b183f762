stub: upstream file of 4454 bytes
