stub: upstream file of 1288 bytes
