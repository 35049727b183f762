stub: upstream file of 7202 bytes
