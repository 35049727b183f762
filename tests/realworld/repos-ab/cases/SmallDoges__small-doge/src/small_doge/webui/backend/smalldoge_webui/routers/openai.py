stub: upstream file of 17829 bytes
