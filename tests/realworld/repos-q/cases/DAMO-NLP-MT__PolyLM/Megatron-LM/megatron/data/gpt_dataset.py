stub: upstream file of 25696 bytes
