stub: upstream file of 3199 bytes
