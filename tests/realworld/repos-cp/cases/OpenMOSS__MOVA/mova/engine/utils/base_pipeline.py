stub: upstream file of 6296 bytes
