stub: upstream file of 6097 bytes
