stub: upstream file of 44279 bytes
