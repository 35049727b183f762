stub: upstream file of 15420 bytes
