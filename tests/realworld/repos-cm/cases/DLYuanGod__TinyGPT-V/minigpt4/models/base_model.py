stub: upstream file of 12268 bytes
