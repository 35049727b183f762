stub: upstream file of 3475 bytes
