stub: upstream file of 18391 bytes
