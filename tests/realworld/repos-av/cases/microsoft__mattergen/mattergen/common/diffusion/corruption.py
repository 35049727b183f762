stub: upstream file of 11279 bytes
