stub: upstream file of 1098 bytes
