stub: upstream file of 26638 bytes
