stub: upstream file of 14865 bytes
