stub: upstream file of 53292 bytes
