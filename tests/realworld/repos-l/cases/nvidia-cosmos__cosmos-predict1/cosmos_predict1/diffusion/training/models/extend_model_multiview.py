stub: upstream file of 23157 bytes
