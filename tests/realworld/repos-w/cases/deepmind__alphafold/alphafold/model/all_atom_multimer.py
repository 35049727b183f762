stub: upstream file of 40135 bytes
