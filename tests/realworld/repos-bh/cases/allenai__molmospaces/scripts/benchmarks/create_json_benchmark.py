stub: upstream file of 38672 bytes
