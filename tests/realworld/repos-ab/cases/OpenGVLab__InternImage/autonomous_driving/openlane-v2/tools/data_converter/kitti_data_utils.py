stub: upstream file of 22679 bytes
