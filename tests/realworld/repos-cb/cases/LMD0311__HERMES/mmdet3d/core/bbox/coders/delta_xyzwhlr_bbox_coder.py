stub: upstream file of 3122 bytes
