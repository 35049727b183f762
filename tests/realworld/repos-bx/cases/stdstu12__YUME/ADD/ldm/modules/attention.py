stub: upstream file of 11794 bytes
