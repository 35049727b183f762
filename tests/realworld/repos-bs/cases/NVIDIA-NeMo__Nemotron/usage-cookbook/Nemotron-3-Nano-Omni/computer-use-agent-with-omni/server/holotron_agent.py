stub: upstream file of 41098 bytes
