stub: upstream file of 14881 bytes
