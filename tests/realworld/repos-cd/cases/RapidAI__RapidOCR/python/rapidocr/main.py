stub: upstream file of 17994 bytes
