stub: upstream file of 19881 bytes
