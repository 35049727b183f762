stub: upstream file of 13180 bytes
