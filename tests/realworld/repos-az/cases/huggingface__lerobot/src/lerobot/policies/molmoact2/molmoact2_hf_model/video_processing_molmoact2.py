stub: upstream file of 37932 bytes
