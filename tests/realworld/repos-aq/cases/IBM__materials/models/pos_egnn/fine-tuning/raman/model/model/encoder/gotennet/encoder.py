stub: upstream file of 21833 bytes
