stub: upstream file of 52748 bytes
