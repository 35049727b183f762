stub: upstream file of 3184 bytes
