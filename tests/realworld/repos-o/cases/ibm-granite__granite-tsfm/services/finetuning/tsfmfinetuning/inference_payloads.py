stub: upstream file of 22098 bytes
