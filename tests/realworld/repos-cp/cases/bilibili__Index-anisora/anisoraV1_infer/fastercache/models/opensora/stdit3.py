stub: upstream file of 17036 bytes
