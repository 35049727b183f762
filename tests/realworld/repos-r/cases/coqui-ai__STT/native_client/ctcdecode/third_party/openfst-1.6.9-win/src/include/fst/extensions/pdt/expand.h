stub: upstream file of 34753 bytes
