stub: upstream file of 19091 bytes
