stub: upstream file of 19709 bytes
