stub: upstream file of 8541 bytes
