stub: upstream file of 29923 bytes
