stub: upstream file of 9018 bytes
