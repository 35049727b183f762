stub: upstream file of 22058 bytes
