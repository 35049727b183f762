stub: upstream file of 14896 bytes
