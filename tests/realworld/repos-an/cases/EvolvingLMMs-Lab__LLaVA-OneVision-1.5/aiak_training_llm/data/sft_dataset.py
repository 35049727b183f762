stub: upstream file of 18891 bytes
