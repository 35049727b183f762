stub: upstream file of 14949 bytes
