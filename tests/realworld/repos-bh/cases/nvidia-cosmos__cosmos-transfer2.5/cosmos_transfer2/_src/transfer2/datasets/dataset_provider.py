stub: upstream file of 9916 bytes
