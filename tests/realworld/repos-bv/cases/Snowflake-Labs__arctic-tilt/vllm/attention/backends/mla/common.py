stub: upstream file of 60107 bytes
