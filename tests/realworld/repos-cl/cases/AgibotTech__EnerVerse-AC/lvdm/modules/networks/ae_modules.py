stub: upstream file of 34252 bytes
