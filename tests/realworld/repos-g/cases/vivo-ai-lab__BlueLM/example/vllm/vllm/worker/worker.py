stub: upstream file of 17881 bytes
