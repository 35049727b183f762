stub: upstream file of 14268 bytes
