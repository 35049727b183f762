stub: upstream file of 12688 bytes
