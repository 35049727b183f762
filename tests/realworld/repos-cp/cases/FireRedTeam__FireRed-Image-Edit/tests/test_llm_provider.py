stub: upstream file of 14094 bytes
