stub: upstream file of 7477 bytes
