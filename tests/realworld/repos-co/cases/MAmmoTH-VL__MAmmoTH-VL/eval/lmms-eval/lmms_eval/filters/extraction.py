stub: upstream file of 10494 bytes
