stub: upstream file of 3934 bytes
