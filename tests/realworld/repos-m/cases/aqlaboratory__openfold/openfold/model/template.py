stub: upstream file of 22225 bytes
