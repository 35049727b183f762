stub: upstream file of 10728 bytes
