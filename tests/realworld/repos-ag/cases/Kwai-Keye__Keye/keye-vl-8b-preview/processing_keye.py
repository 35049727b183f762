stub: upstream file of 11821 bytes
