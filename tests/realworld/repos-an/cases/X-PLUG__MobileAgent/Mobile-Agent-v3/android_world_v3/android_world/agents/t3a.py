stub: upstream file of 19772 bytes
