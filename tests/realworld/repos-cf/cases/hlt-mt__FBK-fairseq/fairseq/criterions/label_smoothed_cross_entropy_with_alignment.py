stub: upstream file of 4702 bytes
