stub: upstream file of 9154 bytes
