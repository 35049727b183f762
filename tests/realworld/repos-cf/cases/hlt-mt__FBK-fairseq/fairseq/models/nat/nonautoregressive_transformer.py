stub: upstream file of 16891 bytes
