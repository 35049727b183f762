stub: upstream file of 74534 bytes
