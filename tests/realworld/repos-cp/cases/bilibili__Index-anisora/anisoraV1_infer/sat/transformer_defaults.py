stub: upstream file of 21246 bytes
