stub: upstream file of 11203 bytes
