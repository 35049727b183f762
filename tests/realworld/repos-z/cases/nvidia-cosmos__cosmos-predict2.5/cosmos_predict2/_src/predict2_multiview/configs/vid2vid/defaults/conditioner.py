stub: upstream file of 23107 bytes
