stub: upstream file of 9167 bytes
