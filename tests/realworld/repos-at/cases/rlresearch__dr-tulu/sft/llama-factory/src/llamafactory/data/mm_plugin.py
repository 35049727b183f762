stub: upstream file of 73598 bytes
