stub: upstream file of 7555 bytes
