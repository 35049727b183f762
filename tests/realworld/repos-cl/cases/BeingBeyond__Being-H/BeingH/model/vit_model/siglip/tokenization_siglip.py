stub: upstream file of 15480 bytes
