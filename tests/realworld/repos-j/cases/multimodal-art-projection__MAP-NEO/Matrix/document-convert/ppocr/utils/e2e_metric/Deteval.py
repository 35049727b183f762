stub: upstream file of 30772 bytes
