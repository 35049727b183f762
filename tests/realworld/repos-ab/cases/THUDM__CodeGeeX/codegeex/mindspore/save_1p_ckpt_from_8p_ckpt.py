stub: upstream file of 11522 bytes
