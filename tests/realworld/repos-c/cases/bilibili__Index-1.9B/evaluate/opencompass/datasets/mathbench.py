stub: upstream file of 14259 bytes
