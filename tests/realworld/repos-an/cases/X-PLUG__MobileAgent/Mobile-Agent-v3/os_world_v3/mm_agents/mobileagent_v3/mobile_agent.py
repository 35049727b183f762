stub: upstream file of 20422 bytes
