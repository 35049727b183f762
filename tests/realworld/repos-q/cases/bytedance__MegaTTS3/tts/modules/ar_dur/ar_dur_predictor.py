stub: upstream file of 17289 bytes
