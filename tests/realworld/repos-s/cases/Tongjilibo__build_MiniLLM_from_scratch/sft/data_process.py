stub: upstream file of 15881 bytes
