stub: upstream file of 48266 bytes
