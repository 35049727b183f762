stub: upstream file of 6501 bytes
