stub: upstream file of 23028 bytes
