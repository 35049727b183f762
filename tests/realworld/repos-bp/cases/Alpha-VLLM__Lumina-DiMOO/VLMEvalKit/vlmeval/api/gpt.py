stub: upstream file of 11168 bytes
