stub: upstream file of 19916 bytes
