stub: upstream file of 31098 bytes
