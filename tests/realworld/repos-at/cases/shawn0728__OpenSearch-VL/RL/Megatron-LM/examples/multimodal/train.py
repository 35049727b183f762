stub: upstream file of 14814 bytes
