stub: upstream file of 29916 bytes
