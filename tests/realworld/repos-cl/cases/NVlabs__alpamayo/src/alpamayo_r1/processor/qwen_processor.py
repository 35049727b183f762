stub: upstream file of 15059 bytes
