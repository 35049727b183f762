stub: upstream file of 42739 bytes
