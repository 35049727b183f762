stub: upstream file of 8027 bytes
