stub: upstream file of 10821 bytes
