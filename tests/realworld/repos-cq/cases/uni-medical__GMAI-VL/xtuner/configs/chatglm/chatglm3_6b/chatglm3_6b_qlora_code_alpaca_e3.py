stub: upstream file of 7420 bytes
