stub: upstream file of 11252 bytes
