stub: upstream file of 9968 bytes
