stub: upstream file of 16522 bytes
