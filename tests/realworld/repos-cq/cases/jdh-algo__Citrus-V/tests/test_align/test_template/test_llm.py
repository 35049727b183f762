stub: upstream file of 19867 bytes
