stub: upstream file of 3761 bytes
