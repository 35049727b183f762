stub: upstream file of 20429 bytes
