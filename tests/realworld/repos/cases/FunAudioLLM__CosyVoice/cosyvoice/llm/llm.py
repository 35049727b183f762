stub: upstream file of 35971 bytes
