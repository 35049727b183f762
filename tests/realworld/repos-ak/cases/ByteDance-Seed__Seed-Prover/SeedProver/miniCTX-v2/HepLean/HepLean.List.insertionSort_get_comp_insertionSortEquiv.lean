stub: upstream file of 31181 bytes
