stub: upstream file of 12160 bytes
