stub: upstream file of 19501 bytes
