stub: upstream file of 79477 bytes
