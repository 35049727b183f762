stub: upstream file of 38289 bytes
