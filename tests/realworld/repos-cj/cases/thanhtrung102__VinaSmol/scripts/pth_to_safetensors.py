stub: upstream file of 1177 bytes
