stub: upstream file of 6821 bytes
