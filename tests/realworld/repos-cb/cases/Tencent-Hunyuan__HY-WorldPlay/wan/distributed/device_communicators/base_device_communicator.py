stub: upstream file of 10972 bytes
