stub: upstream file of 9147 bytes
