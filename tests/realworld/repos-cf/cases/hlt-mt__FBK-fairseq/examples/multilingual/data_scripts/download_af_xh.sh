stub: upstream file of 4534 bytes
