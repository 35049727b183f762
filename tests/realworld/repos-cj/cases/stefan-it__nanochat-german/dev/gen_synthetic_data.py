stub: upstream file of 10296 bytes
