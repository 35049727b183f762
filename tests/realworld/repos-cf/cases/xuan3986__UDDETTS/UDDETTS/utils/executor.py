stub: upstream file of 7098 bytes
