stub: upstream file of 41059 bytes
