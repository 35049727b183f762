stub: upstream file of 26161 bytes
