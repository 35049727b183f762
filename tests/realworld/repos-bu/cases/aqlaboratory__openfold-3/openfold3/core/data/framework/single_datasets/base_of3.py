stub: upstream file of 16391 bytes
