stub: upstream file of 3881 bytes
