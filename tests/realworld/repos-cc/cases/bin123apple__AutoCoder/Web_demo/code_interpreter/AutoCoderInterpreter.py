stub: upstream file of 3949 bytes
