stub: upstream file of 13849 bytes
