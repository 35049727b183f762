stub: upstream file of 23049 bytes
