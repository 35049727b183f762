stub: upstream file of 19512 bytes
