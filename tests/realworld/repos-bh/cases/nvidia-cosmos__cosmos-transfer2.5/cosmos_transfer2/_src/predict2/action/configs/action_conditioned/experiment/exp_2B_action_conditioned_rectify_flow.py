stub: upstream file of 27891 bytes
