stub: upstream file of 14899 bytes
