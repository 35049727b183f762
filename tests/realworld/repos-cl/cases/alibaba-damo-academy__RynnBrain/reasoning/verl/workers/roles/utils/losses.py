stub: upstream file of 5059 bytes
