stub: upstream file of 13924 bytes
