stub: upstream file of 20122 bytes
