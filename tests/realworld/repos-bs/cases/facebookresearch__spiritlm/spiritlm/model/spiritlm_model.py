stub: upstream file of 22881 bytes
