stub: upstream file of 16186 bytes
