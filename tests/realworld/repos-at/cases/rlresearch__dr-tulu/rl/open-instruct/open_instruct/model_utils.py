stub: upstream file of 33896 bytes
