stub: upstream file of 38683 bytes
