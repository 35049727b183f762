stub: upstream file of 13028 bytes
