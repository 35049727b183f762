stub: upstream file of 16325 bytes
