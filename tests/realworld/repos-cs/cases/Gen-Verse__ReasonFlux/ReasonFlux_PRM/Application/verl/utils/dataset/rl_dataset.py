stub: upstream file of 12322 bytes
