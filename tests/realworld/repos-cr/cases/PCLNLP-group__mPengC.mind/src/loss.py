stub: upstream file of 12587 bytes
