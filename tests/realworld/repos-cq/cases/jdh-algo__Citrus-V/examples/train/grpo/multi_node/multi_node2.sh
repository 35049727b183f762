stub: upstream file of 1066 bytes
