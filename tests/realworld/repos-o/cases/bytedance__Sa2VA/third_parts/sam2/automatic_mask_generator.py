stub: upstream file of 17875 bytes
