stub: upstream file of 28095 bytes
