stub: upstream file of 16151 bytes
