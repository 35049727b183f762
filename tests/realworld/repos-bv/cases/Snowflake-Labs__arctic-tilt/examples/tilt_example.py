stub: upstream file of 14916 bytes
