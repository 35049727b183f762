stub: upstream file of 19405 bytes
