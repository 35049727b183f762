stub: upstream file of 1058 bytes
