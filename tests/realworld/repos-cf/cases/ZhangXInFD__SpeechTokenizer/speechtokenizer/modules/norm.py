stub: upstream file of 843 bytes
