stub: upstream file of 9063 bytes
