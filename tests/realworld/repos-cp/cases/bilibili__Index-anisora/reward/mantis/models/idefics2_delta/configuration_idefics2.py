stub: upstream file of 12194 bytes
