stub: upstream file of 32694 bytes
