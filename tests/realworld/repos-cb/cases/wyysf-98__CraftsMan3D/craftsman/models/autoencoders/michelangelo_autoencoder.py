stub: upstream file of 25129 bytes
