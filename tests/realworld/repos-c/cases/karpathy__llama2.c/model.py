stub: upstream file of 15289 bytes
