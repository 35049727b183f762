stub: upstream file of 58791 bytes
