stub: upstream file of 41123 bytes
