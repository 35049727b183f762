stub: upstream file of 27349 bytes
