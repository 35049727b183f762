stub: upstream file of 1881 bytes
