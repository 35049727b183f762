stub: upstream file of 10085 bytes
