stub: upstream file of 2704 bytes
