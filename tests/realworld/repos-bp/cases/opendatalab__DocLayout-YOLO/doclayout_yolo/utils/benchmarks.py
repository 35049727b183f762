stub: upstream file of 18315 bytes
