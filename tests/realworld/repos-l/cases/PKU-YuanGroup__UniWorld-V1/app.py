stub: upstream file of 32522 bytes
