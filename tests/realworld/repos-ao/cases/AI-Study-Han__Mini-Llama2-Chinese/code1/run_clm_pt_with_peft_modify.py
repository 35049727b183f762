stub: upstream file of 19919 bytes
