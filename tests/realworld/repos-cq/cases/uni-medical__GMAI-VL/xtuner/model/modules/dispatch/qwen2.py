stub: upstream file of 14080 bytes
