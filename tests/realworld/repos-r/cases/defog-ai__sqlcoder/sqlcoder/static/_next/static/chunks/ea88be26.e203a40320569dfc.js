stub: upstream file of 317249 bytes
