stub: upstream file of 15623 bytes
