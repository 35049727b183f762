stub: upstream file of 19059 bytes
