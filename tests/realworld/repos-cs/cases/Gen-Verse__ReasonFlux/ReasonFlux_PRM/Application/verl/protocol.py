stub: upstream file of 35733 bytes
