stub: upstream file of 20402 bytes
