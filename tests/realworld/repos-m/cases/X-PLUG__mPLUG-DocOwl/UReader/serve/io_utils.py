stub: upstream file of 14454 bytes
