stub: upstream file of 23638 bytes
