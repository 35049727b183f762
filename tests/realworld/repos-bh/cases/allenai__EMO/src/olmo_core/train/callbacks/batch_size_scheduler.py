stub: upstream file of 8966 bytes
