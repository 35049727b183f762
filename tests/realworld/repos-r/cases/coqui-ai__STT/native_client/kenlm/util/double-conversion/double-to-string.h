stub: upstream file of 22361 bytes
