stub: upstream file of 74037 bytes
