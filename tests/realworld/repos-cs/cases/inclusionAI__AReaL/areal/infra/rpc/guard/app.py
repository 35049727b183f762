stub: upstream file of 22150 bytes
