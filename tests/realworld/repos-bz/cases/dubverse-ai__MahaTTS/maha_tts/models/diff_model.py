stub: upstream file of 13289 bytes
