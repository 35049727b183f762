stub: upstream file of 19457 bytes
