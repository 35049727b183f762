stub: upstream file of 29429 bytes
