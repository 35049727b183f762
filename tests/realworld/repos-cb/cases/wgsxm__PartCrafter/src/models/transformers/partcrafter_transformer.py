stub: upstream file of 45772 bytes
