stub: upstream file of 30384 bytes
