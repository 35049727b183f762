stub: upstream file of 12306 bytes
