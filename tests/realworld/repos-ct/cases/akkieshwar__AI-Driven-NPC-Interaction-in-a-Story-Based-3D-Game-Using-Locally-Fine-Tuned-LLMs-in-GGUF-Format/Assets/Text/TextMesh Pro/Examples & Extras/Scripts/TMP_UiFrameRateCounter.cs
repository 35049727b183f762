stub: upstream file of 4881 bytes
