stub: upstream file of 10446 bytes
