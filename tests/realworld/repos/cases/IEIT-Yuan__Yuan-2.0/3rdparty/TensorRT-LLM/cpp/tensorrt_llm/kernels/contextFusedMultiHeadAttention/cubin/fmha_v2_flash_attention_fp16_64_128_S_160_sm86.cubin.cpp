stub: upstream file of 929060 bytes
