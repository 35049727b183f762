stub: upstream file of 1361534 bytes
