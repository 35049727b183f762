stub: upstream file of 95199 bytes
