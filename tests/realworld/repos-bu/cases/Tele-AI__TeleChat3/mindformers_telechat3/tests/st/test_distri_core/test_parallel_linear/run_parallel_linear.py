stub: upstream file of 12391 bytes
