stub: upstream file of 29978 bytes
