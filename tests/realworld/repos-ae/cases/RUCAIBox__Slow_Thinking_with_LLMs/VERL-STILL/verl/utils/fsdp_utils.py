stub: upstream file of 13202 bytes
