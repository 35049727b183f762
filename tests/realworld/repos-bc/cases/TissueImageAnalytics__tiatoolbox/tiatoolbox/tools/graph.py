stub: upstream file of 20480 bytes
