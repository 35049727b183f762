stub: upstream file of 8043 bytes
