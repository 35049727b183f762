stub: upstream file of 1845 bytes
