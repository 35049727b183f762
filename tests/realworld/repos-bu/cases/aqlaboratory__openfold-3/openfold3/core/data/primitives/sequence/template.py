stub: upstream file of 18307 bytes
