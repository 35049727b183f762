stub: upstream file of 15522 bytes
