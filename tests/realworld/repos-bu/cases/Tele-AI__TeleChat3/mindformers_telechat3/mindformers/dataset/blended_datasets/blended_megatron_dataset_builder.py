stub: upstream file of 21328 bytes
