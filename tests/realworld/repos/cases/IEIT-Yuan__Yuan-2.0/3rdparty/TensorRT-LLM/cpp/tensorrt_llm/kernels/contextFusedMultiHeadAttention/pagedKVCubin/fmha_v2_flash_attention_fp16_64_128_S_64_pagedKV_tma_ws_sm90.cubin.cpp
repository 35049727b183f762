stub: upstream file of 1387246 bytes
