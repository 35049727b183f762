stub: upstream file of 14422 bytes
