stub: upstream file of 34228 bytes
