stub: upstream file of 17169 bytes
