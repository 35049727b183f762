stub: upstream file of 59135 bytes
