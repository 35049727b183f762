stub: upstream file of 29268 bytes
