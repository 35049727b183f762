stub: upstream file of 30111 bytes
