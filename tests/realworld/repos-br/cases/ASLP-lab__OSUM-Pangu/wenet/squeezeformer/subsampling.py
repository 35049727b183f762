stub: upstream file of 11569 bytes
