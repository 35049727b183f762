stub: upstream file of 502 bytes
