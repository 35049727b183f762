stub: upstream file of 18670 bytes
