stub: upstream file of 8538 bytes
