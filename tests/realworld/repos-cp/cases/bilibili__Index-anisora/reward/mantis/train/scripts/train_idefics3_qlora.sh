stub: upstream file of 5460 bytes
