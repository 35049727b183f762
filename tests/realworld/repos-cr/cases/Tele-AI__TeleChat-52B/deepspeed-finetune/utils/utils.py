stub: upstream file of 4942 bytes
