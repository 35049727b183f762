stub: upstream file of 8272 bytes
