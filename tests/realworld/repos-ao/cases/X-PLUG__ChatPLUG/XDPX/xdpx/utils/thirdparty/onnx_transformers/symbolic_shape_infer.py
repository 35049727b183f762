stub: upstream file of 105361 bytes
