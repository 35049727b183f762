stub: upstream file of 19199 bytes
