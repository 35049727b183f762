stub: upstream file of 31933 bytes
