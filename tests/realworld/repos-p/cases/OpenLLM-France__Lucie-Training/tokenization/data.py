stub: upstream file of 17035 bytes
