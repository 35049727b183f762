stub: upstream file of 13404 bytes
