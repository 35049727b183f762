stub: upstream file of 3092 bytes
