stub: upstream file of 13468 bytes
