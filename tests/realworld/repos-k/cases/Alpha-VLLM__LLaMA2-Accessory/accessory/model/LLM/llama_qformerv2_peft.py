stub: upstream file of 15268 bytes
