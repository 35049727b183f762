stub: upstream file of 18577 bytes
