stub: upstream file of 7454 bytes
