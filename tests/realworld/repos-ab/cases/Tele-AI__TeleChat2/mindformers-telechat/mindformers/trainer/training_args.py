stub: upstream file of 109653 bytes
