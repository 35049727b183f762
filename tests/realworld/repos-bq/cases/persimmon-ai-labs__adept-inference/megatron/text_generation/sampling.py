stub: upstream file of 4192 bytes
