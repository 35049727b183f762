stub: upstream file of 388342 bytes
