stub: upstream file of 9623 bytes
