stub: upstream file of 17475 bytes
