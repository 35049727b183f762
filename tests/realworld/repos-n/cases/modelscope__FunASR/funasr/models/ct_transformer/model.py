stub: upstream file of 19097 bytes
