stub: upstream file of 11289 bytes
