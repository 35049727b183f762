stub: upstream file of 63031 bytes
