stub: upstream file of 9466 bytes
