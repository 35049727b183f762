stub: upstream file of 12310 bytes
