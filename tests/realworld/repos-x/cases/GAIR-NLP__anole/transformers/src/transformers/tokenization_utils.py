stub: upstream file of 46881 bytes
