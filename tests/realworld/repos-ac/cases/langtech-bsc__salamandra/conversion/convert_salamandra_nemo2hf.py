stub: upstream file of 13748 bytes
