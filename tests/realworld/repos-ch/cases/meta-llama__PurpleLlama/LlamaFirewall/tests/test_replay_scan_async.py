stub: upstream file of 8061 bytes
