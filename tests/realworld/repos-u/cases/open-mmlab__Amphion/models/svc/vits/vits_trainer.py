stub: upstream file of 25555 bytes
