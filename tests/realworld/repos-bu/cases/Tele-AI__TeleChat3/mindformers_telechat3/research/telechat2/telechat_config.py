stub: upstream file of 11268 bytes
