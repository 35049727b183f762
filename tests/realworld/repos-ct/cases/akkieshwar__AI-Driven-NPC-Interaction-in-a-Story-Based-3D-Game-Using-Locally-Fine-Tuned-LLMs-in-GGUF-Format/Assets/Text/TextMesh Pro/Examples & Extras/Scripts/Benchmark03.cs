stub: upstream file of 3696 bytes
