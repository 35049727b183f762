stub: upstream file of 37599 bytes
