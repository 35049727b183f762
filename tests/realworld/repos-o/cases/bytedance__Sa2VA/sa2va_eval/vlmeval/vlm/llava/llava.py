stub: upstream file of 22839 bytes
