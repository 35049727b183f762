stub: upstream file of 20349 bytes
