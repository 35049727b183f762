stub: upstream file of 7053 bytes
