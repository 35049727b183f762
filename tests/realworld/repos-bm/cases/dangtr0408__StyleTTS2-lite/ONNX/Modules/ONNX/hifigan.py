stub: upstream file of 19475 bytes
