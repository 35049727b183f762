stub: upstream file of 9186 bytes
