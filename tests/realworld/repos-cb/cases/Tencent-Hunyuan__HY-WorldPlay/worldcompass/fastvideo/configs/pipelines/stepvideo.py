stub: upstream file of 1289 bytes
