stub: upstream file of 5506 bytes
