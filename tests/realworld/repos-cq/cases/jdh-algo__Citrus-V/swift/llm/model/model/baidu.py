stub: upstream file of 1163 bytes
