stub: upstream file of 21402 bytes
