stub: upstream file of 526528 bytes
