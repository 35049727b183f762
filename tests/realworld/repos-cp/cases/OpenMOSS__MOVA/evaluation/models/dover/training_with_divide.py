stub: upstream file of 20083 bytes
