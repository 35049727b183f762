stub: upstream file of 22089 bytes
