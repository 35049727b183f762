stub: upstream file of 9094 bytes
