stub: upstream file of 3865 bytes
