stub: upstream file of 15509 bytes
