stub: upstream file of 11349 bytes
