stub: upstream file of 12562 bytes
