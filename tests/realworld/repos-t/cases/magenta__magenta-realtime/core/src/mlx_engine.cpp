stub: upstream file of 102092 bytes
