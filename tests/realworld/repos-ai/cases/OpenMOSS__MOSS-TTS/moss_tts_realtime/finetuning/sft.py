stub: upstream file of 25109 bytes
