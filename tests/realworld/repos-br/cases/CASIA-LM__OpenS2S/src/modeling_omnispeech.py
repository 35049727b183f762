stub: upstream file of 24786 bytes
