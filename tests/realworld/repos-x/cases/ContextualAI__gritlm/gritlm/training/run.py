stub: upstream file of 20077 bytes
