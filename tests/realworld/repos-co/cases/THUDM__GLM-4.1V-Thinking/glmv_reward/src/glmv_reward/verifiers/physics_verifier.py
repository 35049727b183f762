stub: upstream file of 6111 bytes
