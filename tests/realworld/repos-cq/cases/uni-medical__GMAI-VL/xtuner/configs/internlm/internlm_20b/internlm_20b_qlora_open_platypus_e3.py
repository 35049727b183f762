stub: upstream file of 7092 bytes
