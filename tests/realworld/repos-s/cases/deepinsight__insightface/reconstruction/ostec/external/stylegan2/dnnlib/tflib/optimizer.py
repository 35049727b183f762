stub: upstream file of 17971 bytes
