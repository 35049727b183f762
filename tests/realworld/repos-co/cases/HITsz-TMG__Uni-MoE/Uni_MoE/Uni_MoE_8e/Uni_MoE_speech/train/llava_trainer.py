stub: upstream file of 15092 bytes
