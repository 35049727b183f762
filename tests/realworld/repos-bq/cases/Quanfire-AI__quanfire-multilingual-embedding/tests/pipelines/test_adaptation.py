stub: upstream file of 46944 bytes
