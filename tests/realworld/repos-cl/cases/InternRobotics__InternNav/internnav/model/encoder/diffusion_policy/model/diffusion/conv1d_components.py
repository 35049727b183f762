stub: upstream file of 1223 bytes
