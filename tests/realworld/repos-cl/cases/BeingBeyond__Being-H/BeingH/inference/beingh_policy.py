stub: upstream file of 34213 bytes
