stub: upstream file of 24296 bytes
