stub: upstream file of 1268 bytes
