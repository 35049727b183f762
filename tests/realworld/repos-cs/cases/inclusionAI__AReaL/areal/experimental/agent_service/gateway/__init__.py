stub: upstream file of 202 bytes
