stub: upstream file of 80434 bytes
