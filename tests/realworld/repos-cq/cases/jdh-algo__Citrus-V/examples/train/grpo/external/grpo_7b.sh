stub: upstream file of 1074 bytes
