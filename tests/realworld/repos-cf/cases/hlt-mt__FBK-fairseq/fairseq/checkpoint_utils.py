stub: upstream file of 26142 bytes
