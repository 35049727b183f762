stub: upstream file of 22134 bytes
