stub: upstream file of 6268 bytes
