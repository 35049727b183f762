stub: upstream file of 26091 bytes
