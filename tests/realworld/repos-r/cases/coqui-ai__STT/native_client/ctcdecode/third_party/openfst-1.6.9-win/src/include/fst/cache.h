stub: upstream file of 41518 bytes
