stub: upstream file of 8979 bytes
