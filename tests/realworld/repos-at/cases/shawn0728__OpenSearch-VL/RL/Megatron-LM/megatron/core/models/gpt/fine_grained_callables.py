stub: upstream file of 19057 bytes
