stub: upstream file of 56541 bytes
