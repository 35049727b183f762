stub: upstream file of 35582 bytes
