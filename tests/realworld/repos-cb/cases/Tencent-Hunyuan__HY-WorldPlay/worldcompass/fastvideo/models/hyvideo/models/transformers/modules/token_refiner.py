stub: upstream file of 10812 bytes
