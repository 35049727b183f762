stub: upstream file of 5939 bytes
