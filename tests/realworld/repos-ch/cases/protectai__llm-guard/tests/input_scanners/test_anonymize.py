stub: upstream file of 13962 bytes
