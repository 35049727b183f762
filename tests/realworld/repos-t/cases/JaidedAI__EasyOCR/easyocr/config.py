stub: upstream file of 91824 bytes
