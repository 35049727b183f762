stub: upstream file of 21728 bytes
