stub: upstream file of 17187 bytes
