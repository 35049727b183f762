stub: upstream file of 65885 bytes
