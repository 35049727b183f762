stub: upstream file of 10308 bytes
