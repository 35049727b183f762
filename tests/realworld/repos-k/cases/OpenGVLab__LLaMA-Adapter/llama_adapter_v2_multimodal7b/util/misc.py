stub: upstream file of 13767 bytes
