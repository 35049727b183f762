stub: upstream file of 7094 bytes
