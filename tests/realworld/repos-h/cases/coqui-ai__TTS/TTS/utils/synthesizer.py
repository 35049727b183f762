stub: upstream file of 22891 bytes
