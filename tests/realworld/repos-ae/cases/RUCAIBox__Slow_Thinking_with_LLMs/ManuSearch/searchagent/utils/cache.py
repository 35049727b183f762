stub: upstream file of 8881 bytes
