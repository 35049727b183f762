stub: upstream file of 6817 bytes
