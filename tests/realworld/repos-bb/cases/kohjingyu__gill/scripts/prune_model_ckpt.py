stub: upstream file of 1084 bytes
