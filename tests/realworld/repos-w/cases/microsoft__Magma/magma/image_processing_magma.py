stub: upstream file of 11187 bytes
