stub: upstream file of 12094 bytes
