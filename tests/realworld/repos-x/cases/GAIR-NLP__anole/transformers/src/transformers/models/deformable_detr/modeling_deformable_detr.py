stub: upstream file of 121245 bytes
