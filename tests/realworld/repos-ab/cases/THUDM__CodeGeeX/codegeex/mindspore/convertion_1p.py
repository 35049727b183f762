stub: upstream file of 12417 bytes
