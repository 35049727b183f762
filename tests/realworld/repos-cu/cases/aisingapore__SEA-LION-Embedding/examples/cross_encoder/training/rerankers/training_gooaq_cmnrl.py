stub: upstream file of 3965 bytes
