stub: upstream file of 13906 bytes
