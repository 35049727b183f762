stub: upstream file of 3966 bytes
