stub: upstream file of 1617555 bytes
