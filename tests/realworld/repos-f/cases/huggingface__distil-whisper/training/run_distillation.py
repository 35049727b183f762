stub: upstream file of 82068 bytes
