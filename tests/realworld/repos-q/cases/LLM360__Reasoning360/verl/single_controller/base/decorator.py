stub: upstream file of 27582 bytes
