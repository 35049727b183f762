stub: upstream file of 15821 bytes
