stub: upstream file of 15028 bytes
