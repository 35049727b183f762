stub: upstream file of 14349 bytes
