stub: upstream file of 58289 bytes
