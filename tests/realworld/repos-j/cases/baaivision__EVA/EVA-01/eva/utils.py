stub: upstream file of 21517 bytes
