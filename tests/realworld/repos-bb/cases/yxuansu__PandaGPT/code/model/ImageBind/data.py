stub: upstream file of 12509 bytes
