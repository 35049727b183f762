stub: upstream file of 31268 bytes
