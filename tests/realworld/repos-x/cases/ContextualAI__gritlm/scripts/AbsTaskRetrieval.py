stub: upstream file of 19891 bytes
