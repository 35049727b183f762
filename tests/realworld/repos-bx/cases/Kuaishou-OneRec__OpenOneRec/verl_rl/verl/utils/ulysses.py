stub: upstream file of 12063 bytes
