stub: upstream file of 30821 bytes
