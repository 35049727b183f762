stub: upstream file of 121537 bytes
