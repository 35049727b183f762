stub: upstream file of 26137 bytes
