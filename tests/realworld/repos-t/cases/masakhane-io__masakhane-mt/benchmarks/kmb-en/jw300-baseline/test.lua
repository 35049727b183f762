stub: upstream file of 236174 bytes
