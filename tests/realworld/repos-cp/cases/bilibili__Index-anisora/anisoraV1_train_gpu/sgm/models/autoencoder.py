stub: upstream file of 24534 bytes
