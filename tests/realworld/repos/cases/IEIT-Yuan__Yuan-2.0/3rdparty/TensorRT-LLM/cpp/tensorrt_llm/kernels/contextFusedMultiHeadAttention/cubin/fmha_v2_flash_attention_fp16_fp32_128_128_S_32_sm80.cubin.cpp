stub: upstream file of 925122 bytes
