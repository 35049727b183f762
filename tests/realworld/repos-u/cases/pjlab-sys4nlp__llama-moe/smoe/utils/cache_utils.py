stub: upstream file of 15738 bytes
