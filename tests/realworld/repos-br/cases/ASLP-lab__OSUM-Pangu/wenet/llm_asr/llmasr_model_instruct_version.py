stub: upstream file of 104916 bytes
