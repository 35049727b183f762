stub: upstream file of 27018 bytes
