stub: upstream file of 5889 bytes
