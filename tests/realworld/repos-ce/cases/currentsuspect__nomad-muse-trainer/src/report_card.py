stub: upstream file of 34339 bytes
