stub: upstream file of 21906 bytes
