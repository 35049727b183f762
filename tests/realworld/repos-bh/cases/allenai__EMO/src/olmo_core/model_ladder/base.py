stub: upstream file of 31199 bytes
