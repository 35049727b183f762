stub: upstream file of 28053 bytes
