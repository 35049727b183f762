stub: upstream file of 10086 bytes
