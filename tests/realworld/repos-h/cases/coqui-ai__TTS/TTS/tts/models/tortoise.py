stub: upstream file of 42317 bytes
