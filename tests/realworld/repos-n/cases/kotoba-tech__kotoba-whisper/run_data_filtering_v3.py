stub: upstream file of 15031 bytes
