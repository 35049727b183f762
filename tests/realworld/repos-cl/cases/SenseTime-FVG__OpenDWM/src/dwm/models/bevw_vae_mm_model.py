stub: upstream file of 56701 bytes
