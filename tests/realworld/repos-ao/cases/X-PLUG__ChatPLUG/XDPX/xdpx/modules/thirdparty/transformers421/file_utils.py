stub: upstream file of 55679 bytes
