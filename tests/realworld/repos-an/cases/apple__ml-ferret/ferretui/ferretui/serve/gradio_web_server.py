stub: upstream file of 18906 bytes
