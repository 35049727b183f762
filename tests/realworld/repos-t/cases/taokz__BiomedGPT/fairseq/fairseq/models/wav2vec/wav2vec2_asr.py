stub: upstream file of 23081 bytes
