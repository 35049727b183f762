stub: upstream file of 85864 bytes
