stub: upstream file of 10063 bytes
