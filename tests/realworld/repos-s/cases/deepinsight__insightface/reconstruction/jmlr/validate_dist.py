stub: upstream file of 8092 bytes
