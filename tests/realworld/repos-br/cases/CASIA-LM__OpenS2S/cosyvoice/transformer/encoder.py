stub: upstream file of 25175 bytes
