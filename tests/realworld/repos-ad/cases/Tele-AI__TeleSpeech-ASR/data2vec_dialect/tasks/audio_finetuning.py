stub: upstream file of 16831 bytes
