stub: upstream file of 11250 bytes
