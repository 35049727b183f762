stub: upstream file of 9209 bytes
