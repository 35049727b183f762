stub: upstream file of 49955 bytes
