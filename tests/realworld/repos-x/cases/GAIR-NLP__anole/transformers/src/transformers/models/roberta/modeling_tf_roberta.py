stub: upstream file of 79875 bytes
