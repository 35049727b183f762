stub: upstream file of 100891 bytes
