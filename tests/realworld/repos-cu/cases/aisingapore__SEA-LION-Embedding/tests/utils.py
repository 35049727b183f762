stub: upstream file of 1082 bytes
