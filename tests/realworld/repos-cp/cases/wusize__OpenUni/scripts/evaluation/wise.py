stub: upstream file of 4891 bytes
