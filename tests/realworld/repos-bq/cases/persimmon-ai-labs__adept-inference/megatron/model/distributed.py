stub: upstream file of 10963 bytes
