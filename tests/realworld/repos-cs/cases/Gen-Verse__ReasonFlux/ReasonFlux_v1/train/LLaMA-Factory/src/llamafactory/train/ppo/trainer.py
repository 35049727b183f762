stub: upstream file of 23098 bytes
