stub: upstream file of 24094 bytes
