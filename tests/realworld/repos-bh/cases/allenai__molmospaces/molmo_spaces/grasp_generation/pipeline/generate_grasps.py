stub: upstream file of 39346 bytes
