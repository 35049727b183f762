stub: upstream file of 24268 bytes
