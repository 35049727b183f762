stub: upstream file of 4259 bytes
