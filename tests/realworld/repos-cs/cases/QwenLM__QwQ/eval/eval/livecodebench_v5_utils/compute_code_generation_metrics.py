stub: upstream file of 10089 bytes
