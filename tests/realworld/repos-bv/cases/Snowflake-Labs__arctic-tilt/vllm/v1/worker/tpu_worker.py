stub: upstream file of 10424 bytes
