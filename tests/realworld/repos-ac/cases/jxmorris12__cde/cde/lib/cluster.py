stub: upstream file of 29117 bytes
