stub: upstream file of 9847 bytes
