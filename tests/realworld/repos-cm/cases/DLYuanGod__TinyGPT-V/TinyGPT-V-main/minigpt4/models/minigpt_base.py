stub: upstream file of 17252 bytes
