stub: upstream file of 17522 bytes
