stub: upstream file of 12745 bytes
