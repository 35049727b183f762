stub: upstream file of 1940 bytes
