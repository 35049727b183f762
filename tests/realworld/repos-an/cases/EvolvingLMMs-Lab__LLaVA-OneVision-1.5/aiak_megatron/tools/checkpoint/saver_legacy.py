stub: upstream file of 20154 bytes
