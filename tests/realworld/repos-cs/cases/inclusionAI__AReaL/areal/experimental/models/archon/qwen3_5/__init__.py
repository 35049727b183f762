stub: upstream file of 526 bytes
