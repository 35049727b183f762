stub: upstream file of 10953 bytes
