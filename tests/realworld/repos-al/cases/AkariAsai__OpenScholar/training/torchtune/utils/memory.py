stub: upstream file of 9480 bytes
