stub: upstream file of 19921 bytes
