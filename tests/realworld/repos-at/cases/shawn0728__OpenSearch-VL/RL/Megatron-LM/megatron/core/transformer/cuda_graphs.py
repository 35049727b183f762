stub: upstream file of 62089 bytes
