stub: upstream file of 11080 bytes
