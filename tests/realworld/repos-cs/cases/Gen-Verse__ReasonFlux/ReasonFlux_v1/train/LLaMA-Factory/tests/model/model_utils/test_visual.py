stub: upstream file of 3289 bytes
