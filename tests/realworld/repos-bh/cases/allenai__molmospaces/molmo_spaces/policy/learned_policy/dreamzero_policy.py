stub: upstream file of 9132 bytes
