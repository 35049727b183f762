stub: upstream file of 100074 bytes
