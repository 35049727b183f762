stub: upstream file of 2821 bytes
