stub: upstream file of 48174 bytes
