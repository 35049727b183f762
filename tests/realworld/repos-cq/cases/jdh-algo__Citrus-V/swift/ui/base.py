stub: upstream file of 15239 bytes
