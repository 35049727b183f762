stub: upstream file of 13154 bytes
