stub: upstream file of 19327 bytes
