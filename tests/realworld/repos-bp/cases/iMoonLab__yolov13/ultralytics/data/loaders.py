stub: upstream file of 28534 bytes
