stub: upstream file of 73651 bytes
