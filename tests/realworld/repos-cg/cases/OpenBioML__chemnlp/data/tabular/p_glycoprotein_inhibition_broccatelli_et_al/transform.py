stub: upstream file of 12167 bytes
