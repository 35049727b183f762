stub: upstream file of 56881 bytes
