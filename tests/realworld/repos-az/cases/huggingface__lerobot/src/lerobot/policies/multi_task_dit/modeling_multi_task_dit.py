stub: upstream file of 31042 bytes
