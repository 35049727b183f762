stub: upstream file of 10027 bytes
