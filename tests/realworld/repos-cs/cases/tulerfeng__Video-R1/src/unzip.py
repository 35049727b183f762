stub: upstream file of 906 bytes
