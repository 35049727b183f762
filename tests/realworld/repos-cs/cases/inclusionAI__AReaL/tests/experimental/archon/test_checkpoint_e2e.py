stub: upstream file of 15894 bytes
