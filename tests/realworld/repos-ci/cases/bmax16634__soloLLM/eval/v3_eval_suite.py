stub: upstream file of 12059 bytes
