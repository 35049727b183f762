stub: upstream file of 25599 bytes
