stub: upstream file of 20289 bytes
