stub: upstream file of 4923 bytes
