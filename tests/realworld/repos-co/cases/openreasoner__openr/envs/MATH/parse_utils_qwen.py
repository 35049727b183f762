stub: upstream file of 17531 bytes
