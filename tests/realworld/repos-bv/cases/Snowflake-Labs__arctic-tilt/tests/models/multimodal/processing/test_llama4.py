stub: upstream file of 4092 bytes
