stub: upstream file of 62268 bytes
