stub: upstream file of 40112 bytes
