stub: upstream file of 26534 bytes
