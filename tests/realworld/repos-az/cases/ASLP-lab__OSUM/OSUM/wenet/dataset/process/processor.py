stub: upstream file of 38910 bytes
