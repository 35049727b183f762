stub: upstream file of 13091 bytes
