stub: upstream file of 20968 bytes
