stub: upstream file of 24840 bytes
