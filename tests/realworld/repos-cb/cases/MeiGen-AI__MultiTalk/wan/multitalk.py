stub: upstream file of 34966 bytes
