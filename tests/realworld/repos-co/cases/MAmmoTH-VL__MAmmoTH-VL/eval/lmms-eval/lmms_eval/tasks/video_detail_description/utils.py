stub: upstream file of 8651 bytes
