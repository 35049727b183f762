stub: upstream file of 4221 bytes
