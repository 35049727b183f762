stub: upstream file of 24169 bytes
