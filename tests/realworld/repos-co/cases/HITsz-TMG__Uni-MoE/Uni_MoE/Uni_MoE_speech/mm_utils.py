stub: upstream file of 8891 bytes
