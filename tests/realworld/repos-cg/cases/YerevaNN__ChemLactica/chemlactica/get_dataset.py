stub: upstream file of 2965 bytes
