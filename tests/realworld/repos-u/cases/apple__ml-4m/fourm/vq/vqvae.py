stub: upstream file of 48534 bytes
