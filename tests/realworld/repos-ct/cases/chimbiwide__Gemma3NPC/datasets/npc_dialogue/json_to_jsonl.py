stub: upstream file of 2968 bytes
