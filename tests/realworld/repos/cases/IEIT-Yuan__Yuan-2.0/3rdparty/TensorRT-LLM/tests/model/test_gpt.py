stub: upstream file of 40958 bytes
