stub: upstream file of 29646 bytes
