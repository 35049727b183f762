stub: upstream file of 39234 bytes
