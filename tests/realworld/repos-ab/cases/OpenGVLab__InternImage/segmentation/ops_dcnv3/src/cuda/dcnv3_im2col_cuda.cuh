stub: upstream file of 49956 bytes
