stub: upstream file of 2082 bytes
