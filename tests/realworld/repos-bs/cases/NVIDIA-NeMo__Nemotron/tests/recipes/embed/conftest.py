stub: upstream file of 3729 bytes
