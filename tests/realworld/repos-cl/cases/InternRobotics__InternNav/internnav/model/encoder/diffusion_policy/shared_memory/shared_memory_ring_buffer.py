stub: upstream file of 8161 bytes
