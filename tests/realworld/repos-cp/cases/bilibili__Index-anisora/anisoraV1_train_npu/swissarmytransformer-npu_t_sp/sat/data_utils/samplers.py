stub: upstream file of 7028 bytes
